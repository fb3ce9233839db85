#!/usr/bin/env python3
"""Hot spots from a JFR recording's execution samples (jdk.ExecutionSample).

    python3 bench/jfr-hotspots.py recording.jfr [thread-prefix] [top]

Prints, for the threads whose name starts with thread-prefix (default: all): the samples per
thread group, the top frames by self time, and the top methods by inclusive time (a method
counted once per sample, wherever it is on the stack), first the project's own
(org.tierdesk) then all. Start the app with -XX:FlightRecorderOptions=stackdepth=256 so deep
Spring/Hibernate stacks are not cut off.
"""
import collections
import re
import subprocess
import sys


def samples(path):
    text = subprocess.run(["jfr", "print", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
                          check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        stack = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
        frames = []
        if stack:
            for line in stack.group(1).strip().split("\n"):
                line = line.strip()
                if line and not line.startswith("..."):
                    frames.append(re.sub(r"\s+line:.*", "", line))
        yield (thread.group(1) if thread else "?"), frames


def main():
    path = sys.argv[1]
    prefix = sys.argv[2] if len(sys.argv) > 2 else ""
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    threads, self_time, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for thread, frames in samples(path):
        threads[re.sub(r"\d+", "N", thread)] += 1
        if not thread.startswith(prefix) or not frames:
            continue
        total += 1
        self_time[frames[0]] += 1
        for frame in set(frames):
            inclusive[frame] += 1
    print(f"samples by thread: {threads.most_common(8)}")
    print(f"\n{total} samples of threads '{prefix}*'\n\n-- self")
    for frame, count in self_time.most_common(top):
        print(f"{100 * count / total:5.1f}%  {frame}")
    print("\n-- inclusive, org.tierdesk")
    for frame, count in [(f, c) for f, c in inclusive.most_common() if "org.tierdesk" in f][:top]:
        print(f"{100 * count / total:5.1f}%  {frame}")
    print("\n-- inclusive, all")
    for frame, count in inclusive.most_common(top):
        print(f"{100 * count / total:5.1f}%  {frame}")


if __name__ == "__main__":
    main()
