# Datagram sockets, socketpair and Unix domain stream sockets
import socket, os, tempfile, select

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print('broadcast', b.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST) != 0)
print('sent', b.sendto(b'ping', a.getsockname()))
data, frm = a.recvfrom(100)
print(data, frm[0], frm == b.getsockname())
a.sendto(b'pong', 0, frm)
buf = bytearray(10)
n, frm2 = b.recvfrom_into(buf)
print(n, bytes(buf[:n]), frm2 == a.getsockname())
# connected datagram sockets use send/recv
b.connect(a.getsockname())
b.send(b'one')
b.send(b'two')
print(a.recv(2), a.recv(100))
print(b.getpeername() == a.getsockname(), b.type, b.proto)
try:
    a.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
a.settimeout(0.05)
try:
    a.recvfrom(10)
except TimeoutError as e:
    print('timeout', e)
a.close(); b.close()

# socketpair
x, y = socket.socketpair()
print(x.family, x.type, y.family, repr(x.getsockname()), repr(y.getpeername()))
x.sendall(b'over the pair')
print(y.recv(100))
print(select.select([x, y], [], [], 0)[0] == [])
y.send(b'back')
print(select.select([x, y], [], [], 1)[0] == [x], x.recv(10))
x.close()
print(y.recv(10))
y.close()
try:
    socket.socketpair(socket.AF_INET)
except OSError as e:
    print(type(e).__name__, e)

# Unix domain stream socket
d = tempfile.mkdtemp()
path = os.path.join(d, 'sock')
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
print('exists', os.path.exists(path), srv.getsockname() == path)
srv.listen()
c = socket.socket(socket.AF_UNIX)
c.connect(path)
conn, addr = srv.accept()
print('unix accept', repr(addr), c.getpeername() == path)
c.sendall(b'unix data')
print(conn.recv(100))
conn.close(); c.close(); srv.close()
os.unlink(path)
c = socket.socket(socket.AF_UNIX)
try:
    c.connect(path)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
c.close()
os.rmdir(d)

# os.dup and os.close work on socket descriptors; each descriptor is closed on its own
x, y = socket.socketpair()
fd2 = os.dup(x.fileno())
z = socket.socket(fileno=fd2)
print(z.family, z.type)
z.send(b'via dup')
print(y.recv(100))
os.close(z.detach())
x.send(b'still open')
print(y.recv(100))
x.close(); y.close()
