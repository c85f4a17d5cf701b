/*-------------------------------------------------------------------------
 *
 * extract.c
 *	  SQL functions that return one part of the analysis (bylines,
 *	  datelines, quotes, timestamps) and the newsdoc accessors.
 *
 *-------------------------------------------------------------------------
 */
#include "pg_common.h"
