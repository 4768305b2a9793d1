#!/usr/bin/env python3
"""Sums up start-up stack samples (-Dhandoutstudio.startupSample=FILE, one file a run).

  bench/startup-profile.py [--thread NAME] [--within FRAME] [--depth N] [--until MS] FILE...

Counts, averaged over the files, the samples of one thread (default: the JavaFX application
thread) that pass through FRAME (a substring of "Class.method"; default: every sample), grouped by
the N frames just inside the innermost FRAME. A sample is about 2-3 ms of that thread's time.
Example, where showing the editor's window goes:

  for i in 1 2 3 4 5 6; do
    JAVA_TOOL_OPTIONS="-Dhandoutstudio.startupProbe=true -Dhandoutstudio.startupSample=/tmp/s$i.txt" \\
      target/dist/handout-studio/bin/handout-studio
  done
  bench/startup-profile.py --within Stage.show --depth 6 /tmp/s?.txt
"""
import argparse
import collections

parser = argparse.ArgumentParser()
parser.add_argument('--thread', default='JavaFX_Application_Thread')
parser.add_argument('--within', default='')
parser.add_argument('--depth', type=int, default=3)
parser.add_argument('--until', type=int, default=None, help='only samples before this many ms')
parser.add_argument('--top', type=int, default=30)
parser.add_argument('files', nargs='+')
args = parser.parse_args()


def short(frame):
    parts = frame.split('.')
    return '.'.join(parts[-2:])


groups = collections.Counter()
total = 0
for name in args.files:
    with open(name, encoding='utf-8') as samples:
        for line in samples:
            millis, thread, frames = line.rstrip('\n').split(' ', 2)
            if thread != args.thread or (args.until is not None and int(millis) >= args.until):
                continue
            frames = [frame for frame in frames.split(';') if frame]
            inside = [i for i, frame in enumerate(frames) if args.within in frame]
            if not inside:
                continue
            total += 1
            below = frames[inside[-1] + 1:inside[-1] + 1 + args.depth]
            groups[' > '.join(short(frame) for frame in below) or '(the frame itself)'] += 1

runs = len(args.files)
print(f'{total / runs:.1f} samples a run of {args.thread}' + (f' within {args.within}' if args.within else ''))
for group, count in groups.most_common(args.top):
    print(f'{count / runs:7.1f}  {group}')
