# Sourced by bench/cpu-per-create.sh and bench/side-by-side.sh: CPU time of processes from Linux /proc.

# the process listening on this TCP port (the server under measure, whichever of several is running)
listener() { ss -Hltnp "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }

# the sum of user and system ticks of these processes (a process gone meanwhile counts as nothing)
ticks() {
    local total=0 pid
    for pid in "$@"; do
        if [ -r "/proc/$pid/stat" ]; then
            # fields 14 and 15 after the command, which may hold spaces: cut at the last ')'
            total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
        fi
    done
    echo "$total"
}
