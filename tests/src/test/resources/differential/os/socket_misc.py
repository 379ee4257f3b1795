# Module-level functions of socket: name resolution shapes, address conversions, constants, errors
import socket

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.AddressFamily.AF_INET6.name)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_KEEPALIVE, socket.SO_RCVBUF, socket.SO_SNDBUF, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.MSG_PEEK, socket.MSG_DONTWAIT, socket.AI_PASSIVE, socket.NI_NUMERICHOST, socket.EAI_NONAME)
print(socket.has_ipv6, socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.SocketType, socket.socket.__mro__[1])

for args in [('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM),
             ('127.0.0.1', 80, socket.AF_INET),
             ('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM),
             ('127.0.0.1', None, socket.AF_INET, socket.SOCK_DGRAM),
             ('::1', 8080, socket.AF_INET6, socket.SOCK_STREAM),
             (None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE),
             (b'127.0.0.1', b'25', socket.AF_INET, socket.SOCK_STREAM),
             ('localhost', 80, socket.AF_INET, socket.SOCK_STREAM)]:
    print(socket.getaddrinfo(*args))
for args in [('no.such.host.invalid', 80), ('127.0.0.1', 'no-such-service', socket.AF_INET, socket.SOCK_STREAM),
             ('localhost', 80, 0, 0, 0, socket.AI_NUMERICHOST)]:
    try:
        socket.getaddrinfo(*args)
    except socket.gaierror as e:
        print('gaierror', e.errno, e)

print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
print(socket.gethostbyname_ex('127.0.0.1'))
print(socket.gethostbyaddr('127.0.0.1')[0], socket.getfqdn('127.0.0.1'))
print(isinstance(socket.gethostname(), str))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST))
print(socket.getservbyname('http', 'tcp'), socket.getservbyname('ssh'), socket.getservbyport(443, 'tcp'), socket.getservbyport(22))
for f in [lambda: socket.getservbyname('no-such-service'), lambda: socket.getservbyport(4, 'tcp')]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e)

print(socket.inet_aton('1.2.3.4'), socket.inet_aton('127.1'), socket.inet_aton('0x7f.1'), socket.inet_ntoa(b'\x0a\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET, '192.168.0.1'), socket.inet_ntop(socket.AF_INET, b'\xc0\xa8\x00\x01'))
for s in ['::', '::1', '1::', 'fe80::1:2', '2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1', '::ffff:10.0.0.1', '1:2:3:4:5:6:7:8', '1:0:0:2::3']:
    p = socket.inet_pton(socket.AF_INET6, s)
    print(s, len(p), socket.inet_ntop(socket.AF_INET6, p))
print(socket.htons(1), socket.ntohs(0x0100), socket.htonl(1), socket.ntohl(0x01000000), socket.htons(0x1234))
errors = [lambda: socket.inet_aton('1.2.3.256'), lambda: socket.inet_aton('x'), lambda: socket.inet_ntoa(b'123'),
          lambda: socket.inet_pton(socket.AF_INET, '1.2.3'), lambda: socket.inet_pton(socket.AF_INET6, ':::'),
          lambda: socket.inet_ntop(socket.AF_INET, b'12345'), lambda: socket.inet_ntop(99, b'1234'),
          lambda: socket.htons(-1), lambda: socket.htons(1 << 16), lambda: socket.htonl(1 << 32)]
for f in errors:
    try:
        f()
    except (OSError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout())
s.close()
socket.setdefaulttimeout(None)

# bad arguments
s = socket.socket()
bad = [lambda: s.connect(('127.0.0.1',)), lambda: s.connect(('127.0.0.1', 70000)), lambda: s.connect(('127.0.0.1', 'x')),
       lambda: s.connect('x'), lambda: s.connect((1, 2)), lambda: s.bind(['127.0.0.1', 0]), lambda: s.send('text'),
       lambda: s.settimeout(-1), lambda: s.settimeout('x'), lambda: s.recv(-1), lambda: s.recv_into(bytearray(2), 5),
       lambda: s.recv(10), lambda: s.getpeername(), lambda: s.shutdown(socket.SHUT_RDWR), lambda: s.connect(('no.such.host.invalid', 80)),
       lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).send(b'x'), lambda: socket.socket(fileno=12345)]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
try:
    socket.create_connection(('127.0.0.1', 1), timeout=5)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
s = socket.socket()
print(s.connect_ex(('127.0.0.1', 1)))
s.close()
print(repr(s))
