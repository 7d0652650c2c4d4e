# shellcheck shell=bash
# HAProxy in front of the two instances, for two-instances.sh, which sources this file. It runs HAProxy with
# deploy/local/haproxy.cfg, the file the tests run too, and gives it its ports through the environment.
# Uses from two-instances.sh: here, logs, lb_port, port_a, port_b, mgmt_a, mgmt_b, say.

# Finds haproxy (Debian puts it in /usr/sbin, which a normal user's PATH may lack) and sets haproxy_bin. When it is
# missing and this runs as root, installs Debian's package first ($1 = "install").
lb_which() {
  haproxy_bin="$(command -v haproxy 2>/dev/null || { [ -x /usr/sbin/haproxy ] && echo /usr/sbin/haproxy; })"
  [ -n "$haproxy_bin" ]
}
lb_find() {
  lb_which && return 0
  if [ "${1:-}" = install ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's haproxy package ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends haproxy >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends haproxy >/dev/null 2>&1; }
  fi
  lb_which
}

lb_missing() {
  echo "two-instances: no haproxy found: install Debian's package haproxy (apt-get install haproxy)." >&2
}

# The variables haproxy.cfg reads, as NAME=value words for env(1). HAProxy runs through env, not through a shell
# function: a function in the background is a subshell, and stopping it would leave HAProxy running.
lb_settings() {
  printf '%s\n' "LB_PORT=$lb_port" "PORT_A=$port_a" "PORT_B=$port_b" "MANAGEMENT_PORT_A=$mgmt_a" \
    "MANAGEMENT_PORT_B=$mgmt_b"
}

# Checks haproxy.cfg with these settings; HAProxy prints what is wrong.
lb_check() {
  local settings; mapfile -t settings < <(lb_settings)
  env "${settings[@]}" "$haproxy_bin" -c -q -f "$here/haproxy.cfg"
}

# Starts HAProxy in the foreground of a background job (it logs to stdout); its own pid goes to lb_pid.
lb_start() {
  local settings; mapfile -t settings < <(lb_settings)
  env "${settings[@]}" "$haproxy_bin" -db -f "$here/haproxy.cfg" >"$logs/haproxy.log" 2>&1 &
  lb_pid=$!
}
