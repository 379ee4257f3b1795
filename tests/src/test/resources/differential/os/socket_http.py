# http.server and http.client in one thread: the request is sent before the server handles it
import http.server, http.client, socket, socketserver, email.utils, logging.handlers, urllib.request, json

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({'path': self.path, 'agent': self.headers.get('User-Agent')}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers['Content-Length'])
        data = self.rfile.read(n)
        self.send_response(201)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])

    def log_message(self, *args):
        pass

server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
print(server.server_name, server.server_address[0], type(server.socket).__name__)
port = server.server_address[1]

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('GET', '/index.html?q=1', headers={'User-Agent': 'taipan-test'})
server.handle_request()
r = conn.getresponse()
print(r.status, r.reason, r.getheader('Content-Type'), json.loads(r.read()))
conn.close()

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('POST', '/submit', body=b'payload data')
server.handle_request()
r = conn.getresponse()
print(r.status, r.reason, r.read())
conn.close()

# a server that never gets a request times out in handle_request
server.timeout = 0.05
timed_out = []
server.handle_timeout = lambda: timed_out.append(True)
server.handle_request()
print('handle_timeout', timed_out)
server.server_close()

req = urllib.request.Request('http://127.0.0.1:%d/x' % port, headers={'X-A': '1'})
print(req.get_method(), req.host == '127.0.0.1:%d' % port, req.selector)
print(email.utils.make_msgid(domain='example.org').endswith('@example.org>'))
print(logging.handlers.SocketHandler.__name__, socketserver.TCPServer.address_family)
