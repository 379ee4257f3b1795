# select.select, select.poll and selectors.DefaultSelector over loopback sockets
import socket, select, selectors

print(select.error is OSError, select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
a, b = socket.socketpair()
print(select.select([a], [], [], 0))
r, w, x = select.select([a.fileno()], [b], [], 0)
print(r, w == [b], x)
b.send(b'data')
r, w, x = select.select([a, b], [], [], 2)
print(r == [a])

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno())
ev = dict(p.poll(1000))
print(ev.get(a.fileno()), ev.get(b.fileno()) & select.POLLOUT)
print(a.recv(10))
print(p.poll(0) == [(b.fileno(), select.POLLOUT)])
p.modify(b, select.POLLIN)
print(p.poll(0), p.poll(10))
p.unregister(b)
try:
    p.unregister(b)
except KeyError as e:
    print('KeyError', e.args[0] == b.fileno())
try:
    p.modify(99, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)

for f in [lambda: select.select([], [], [], 'x'), lambda: select.select([], [], [], -1), lambda: select.select([-1], [], [], 0),
          lambda: select.select(['x'], [], [], 0)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = socket.socket()
c.close()
try:
    select.select([c], [], [], 0)
except ValueError as e:
    print(type(e).__name__, e)

# a selector driving a listener, a client and the accepted connection
sel = selectors.DefaultSelector()
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, 'listener')
cli = socket.socket()
cli.setblocking(False)
try:
    cli.connect(srv.getsockname())
except BlockingIOError as e:
    print('in progress', e.errno)
sel.register(cli, selectors.EVENT_WRITE, 'client')
log = []
done = False
conn = None
while not done:
    for key, events in sel.select(timeout=5):
        if key.data == 'listener':
            conn, _ = srv.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, 'server-side')
            log.append('accept')
        elif key.data == 'client' and events & selectors.EVENT_WRITE:
            cli.send(b'request')
            sel.modify(cli, selectors.EVENT_READ, 'client-read')
            log.append('send')
        elif key.data == 'server-side':
            data = conn.recv(100)
            log.append('got ' + data.decode())
            conn.send(data.upper())
            sel.unregister(conn)
        elif key.data == 'client-read':
            log.append('reply ' + cli.recv(100).decode())
            done = True
print(sorted(log))
print(len(sel.get_map()))
sel.close()
for s in (srv, cli, conn, a, b):
    s.close()
