# Text files in encodings the VM has no codec of its own for (JDK charsets)
import os
d = '/tmp/_taipan_io_charsets_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'f')
for enc, text in (('cp1252', 'price: 5€ “quoted”\n'), ('iso8859_15', 'œuvre €\n'), ('koi8_r', 'привет\n'), ('shift_jis', 'こんにちは世界\n' * 3), ('cp437', '╔═╗\n')):
    with open(p, 'w', encoding=enc) as f:
        f.write(text)
    with open(p, 'rb') as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        f._CHUNK_SIZE = 5
        print(enc, len(raw), f.read() == text, f.encoding)
with open(p, 'wb') as f:
    f.write(b'ok \x81 end')
try:
    with open(p, encoding='cp1252') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end)
with open(p, encoding='cp1252', errors='replace') as f:
    print(ascii(f.read()))
try:
    with open(p, 'w', encoding='cp1252') as f:
        f.write('ok \u0101')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end)
os.unlink(p)
os.rmdir(d)
