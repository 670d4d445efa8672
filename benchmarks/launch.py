"""Run a command and report its wall time and rusage: ``launch.py REPORT_JSON CMD…``.

Started by ``run.py`` as ``python -I -S launch.py …`` (a process of a few MB) so that
the peak RSS it reads with ``os.wait4`` belongs to the command's own process tree: Linux
carries a process's peak RSS across ``fork`` and ``exec``, so a command started straight
from the benchmark's big process would report at least the benchmark's size. Standard
library only. The exit code is the command's (128 + N after signal N).
"""

import json
import os
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    report, args = argv[0], argv[1:]
    start = time.perf_counter()
    child = subprocess.Popen(args)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = code = os.waitstatus_to_exitcode(status)
    with open(report, "w", encoding="utf-8") as out:
        json.dump(
            {
                "wall": wall,
                "exit_code": code,
                "maxrss_kb": usage.ru_maxrss,
                "cpu": usage.ru_utime + usage.ru_stime,
            },
            out,
        )
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
