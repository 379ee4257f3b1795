# Newline translation on reading and writing text files
import os, io

d = '/tmp/_taipan_io_newlines_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'n.txt')
with open(p, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rlast')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, encoding='utf-8', newline=nl) as f:
        print(repr(nl), [f.readline() for _ in range(5)])
    with open(p, encoding='utf-8', newline=nl) as f:
        print(repr(nl), repr(f.read()), list(open(p, encoding='utf-8', newline=nl)))
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, 'w', encoding='utf-8', newline=nl) as f:
        f.write('a\nb\r\nc\r')
    with open(p, 'rb') as f:
        print(repr(nl), f.read())
# a \r at the end of one chunk followed by \n at the start of the next
with open(p, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'y\r\n')
with open(p, encoding='utf-8') as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), repr(lines[0][-2:]), repr(lines[1]))
with open(p, encoding='utf-8') as f:
    f._CHUNK_SIZE = 3
    print(f._CHUNK_SIZE, [len(x) for x in f])
dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode('a\r')), repr(dec.decode('\nb\r')), repr(dec.decode('', final=True)), dec.newlines)
dec = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(dec.decode('a\rb\nc\r\n', final=True)), dec.newlines)
os.unlink(p)
os.rmdir(d)
