# TCP over loopback in one thread: a listening socket, a client, accept, echo, makefile, shutdown
import socket, select, errno

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print('reuseaddr', srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
host, port = srv.getsockname()
print('bound', host, 0 < port < 65536)
srv.listen(5)
print('acceptconn', srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
print(srv.family, srv.type, srv.proto, srv.gettimeout(), srv.getblocking())

cli = socket.socket()
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print('nodelay', cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
cli.setblocking(False)
print('blocking', cli.getblocking(), cli.gettimeout())
rc = cli.connect_ex(('127.0.0.1', port))
print('connect_ex', rc in (0, errno.EINPROGRESS))
r, w, x = select.select([srv], [cli], [], 5)
print('select', r == [srv], w == [cli], x)
print('so_error', cli.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, addr = srv.accept()
print('accepted', type(conn).__name__, addr[0], conn.getpeername() == cli.getsockname(), cli.getpeername() == conn.getsockname())
print(conn.family, conn.type, conn.gettimeout())

# non-blocking recv with nothing to read
try:
    cli.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e.strerror)
cli.setblocking(True)

# echo a few messages through
for msg in [b'hello', b'x' * 100000, b'']:
    cli.sendall(msg)
    want = len(msg)
    got = b''
    while len(got) < want:
        got += conn.recv(65536)
    conn.sendall(got[::-1])
    back = b''
    while len(back) < want:
        back += cli.recv(65536)
    print('echo', len(msg), back == msg[::-1])

# recv_into and recvfrom on a stream
cli.send(b'abcdef')
buf = bytearray(4)
n = conn.recv_into(buf)
print('recv_into', n, buf)
mv = memoryview(bytearray(10))
n = conn.recv_into(mv, 2)
print('recv_into mv', n, bytes(mv[:n]))
cli.send(b'zz')
print('recvfrom', conn.recvfrom(10))

# makefile on both ends
wf = cli.makefile('wb')
rf = conn.makefile('rb')
wf.write(b'line one\nline two\n')
wf.flush()
print(rf.readline(), rf.readline())
wf.close(); rf.close()

# timeouts
conn.settimeout(0.1)
print('timeout', conn.gettimeout(), conn.timeout)
try:
    conn.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.args, isinstance(e, OSError))

# shutdown: the peer reads EOF
cli.shutdown(socket.SHUT_WR)
print('eof', conn.recv(10))
conn.sendall(b'bye')
print(cli.recv(10))
conn.close()
print('after peer close', cli.recv(10))
cli.close()
print(cli.fileno(), conn.fileno())
try:
    cli.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno, e)

# dup and detach share the descriptor's socket
s = socket.socket()
d = s.dup()
print('dup', d.fileno() != s.fileno(), d.family == s.family)
s.close()
d.bind(('127.0.0.1', 0))
print('dup usable', d.getsockname()[0])
fd = d.detach()
print('detached', d.fileno())
e = socket.socket(fileno=fd)
print('from fileno', e.family, e.type, e.getsockname()[0])
e.close()

# the context manager closes
with socket.socket() as t:
    pass
print('closed', t.fileno(), t._closed)
srv.close()

# IPv6 loopback: 4-tuple addresses; the listener is dual-stack
s6 = socket.create_server(('::1', 0), family=socket.AF_INET6)
print('v6', s6.getsockname()[0], len(s6.getsockname()), socket.has_dualstack_ipv6(), s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
c6 = socket.create_connection(s6.getsockname()[:2])
k6, a6 = s6.accept()
c6.sendall(b'six')
print(a6[0], len(a6), k6.recv(10))
for t in (c6, k6, s6):
    t.close()
