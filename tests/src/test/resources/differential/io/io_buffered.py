# BufferedReader/Writer/Random/RWPair over FileIO and over Python raw streams
import os, io

d = '/tmp/_taipan_io_buffered_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'b.bin')
w = io.BufferedWriter(io.FileIO(p, 'w'), buffer_size=4)
print(w.write(b'ab'), os.path.getsize(p))
print(w.write(b'cdefgh'), w.tell())
w.flush()
print(os.path.getsize(p), w.raw.tell(), repr(w).replace(p, 'P'), w.name == p, w.mode)
w.close()
print(w.closed, w.raw.closed)
try:
    w.write(b'x')
except ValueError as e:
    print(e)
r = io.BufferedReader(io.FileIO(p), 3)
print(r.peek(1)[:1], r.read(2), r.read1(10), r.tell(), r.read(), r.read(), r.seek(1), r.readline(), r.raw.name == p)
r.close()
rw = io.BufferedRandom(io.FileIO(p, 'r+'))
print(rw.read(2), rw.write(b'XY'), rw.tell(), rw.seek(0), rw.read(), rw.truncate(3), rw.seek(0), rw.read())
rw.close()
class Chunky(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
raw = Chunky(b'first line\nsecond\nthird')
br = io.BufferedReader(raw)
print(br.readline(), br.read(4), list(br), raw.calls > 0)
print(Chunky(b'abcdefg').read(5), Chunky(b'abcdefg').readall(), Chunky(b'a\nb').readline(), Chunky(b'a\nb').readlines())
class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
sink = Sink()
bw = io.BufferedWriter(sink, 4)
bw.write(b'12')
bw.write(b'345')
bw.write(b'6789abc')
bw.flush()
print(sink.chunks)
t = io.TextIOWrapper(io.BufferedReader(Chunky('ä\nö\n'.encode('utf-8'))), encoding='utf-8')
print(t.readlines())
pair = io.BufferedRWPair(Chunky(b'pair data'), Sink())
print(pair.read(4), pair.write(b'out'), pair.readable(), pair.writable(), pair.closed)
pair.flush()
try:
    io.BufferedReader(Sink())
except OSError as e:
    print(type(e).__name__, e)
try:
    io.BufferedWriter(io.FileIO(p), 0)
except ValueError as e:
    print(e)
try:
    r.read()
except ValueError as e:
    print(e)
os.unlink(p)
os.rmdir(d)
