# Shared shell functions of the project's commands (sourced, POSIX sh).
# Installs Debian packages when missing and runs throwaway PostgreSQL 15
# clusters that never touch a server already running on the machine.

PGBIN=/usr/lib/postgresql/15/bin
NE_PACKAGES="make gcc clang pkg-config libicu-dev postgresql-15 postgresql-server-dev-15 \
postgresql-contrib postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl python3"

# Run a command as root (directly, or through sudo).
ne_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Install the Debian packages the project needs, when any is missing.
ne_setup_packages() {
	missing=""
	for p in $NE_PACKAGES; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
	done
	if [ -n "$missing" ]; then
		echo "== installing:$missing"
		ne_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
		ne_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
	fi
}

# Build and install the extension.
ne_build_install() {
	make -s -j2 >/dev/null
	ne_root make -s install >/dev/null
}

# Run a command as the cluster owner (postgres when we are root).
ne_as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Start a throwaway cluster: ne_cluster_start DIR PORT [initdb options].
# Its socket lives in DIR; the server listens on no TCP address.
ne_cluster_start() {
	dir=$1; port=$2; shift 2
	rm -rf "$dir"
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
	ne_as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust "$@" >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log"; return 1; }
	ne_as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-p $port -k $dir -c listen_addresses='' -c fsync=off -c max_parallel_workers_per_gather=0" \
		start >/dev/null || { cat "$dir/server.log"; return 1; }
}

# Stop a throwaway cluster and remove it.
ne_cluster_stop() {
	dir=$1
	[ -d "$dir/data" ] && ne_as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
	rm -rf "$dir"
}
