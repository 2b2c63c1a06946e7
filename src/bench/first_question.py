"""Time from start to the first question, and to its prompt, on a pseudo-terminal (medians).

    python3 src/bench/first_question.py RUNS QUESTION PROMPT COMMAND [ARG ...]

Starts COMMAND RUNS + 1 times (the first is a warm-up) on a new 80x24 pseudo-terminal, answering
a terminal's usual queries as an emulator would, and measures until QUESTION shows, then PROMPT
after it. Uses only Python's standard library.
"""
import fcntl, os, pty, re, select, statistics, struct, sys, termios, time

def once(argv, question, prompt):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a usual window
        os.execvp(argv[0], argv)
    seen, shown, prompted = b"", None, None
    while time.monotonic() < start + 10 and prompted is None:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        # Answer like a terminal emulator would: device attributes, cursor position, modes.
        for query in re.findall(rb"\x1b\[(c|6n|\?(\d+)\$p)", chunk):
            os.write(fd, b"\x1b[?62;22c" if query[0] == b"c" else b"\x1b[1;1R" if query[0] == b"6n"
                     else b"\x1b[?" + query[1] + b";0$y")
        if shown is None and question in seen:
            shown = time.monotonic() - start
        if shown is not None and prompt in seen[seen.index(question):]:
            prompted = time.monotonic() - start
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    return shown, prompted

runs = int(sys.argv[1])
question, prompt = sys.argv[2].encode(), sys.argv[3].encode()
results = [once(sys.argv[4:], question, prompt) for _ in range(runs + 1)][1:]
if any(s is None or p is None for s, p in results):
    sys.exit("the question or its prompt never appeared")
ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms (min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})"
print("first question:", ms([s for s, _ in results]))
print("its prompt:    ", ms([p for _, p in results]))
