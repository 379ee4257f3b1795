# sys.stdin/stdout/stderr are TextIOWrapper over BufferedReader/Writer over FileIO
import sys, io, os

for s in (sys.stdin, sys.stdout, sys.stderr):
    raw = getattr(s.buffer, "raw", s.buffer)
    print(type(s).__name__, type(raw).__name__, s.name, s.fileno(), s.mode)
    print(s.readable(), s.writable(), s.seekable() if s is not sys.stdin else '-', s.closed, isinstance(s, io.TextIOBase))
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.errors)
print(sys.stdin.buffer.raw.mode, type(sys.stdin.buffer).__name__)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(repr(sys.stdout))
print(sys.stdout.write('written\n'))
sys.stdout.flush()
sys.stdout.buffer.write('bytes ü\n'.encode())
sys.stdout.flush()
os.write(1, b'via fd 1\n')
print('after', flush=True)
