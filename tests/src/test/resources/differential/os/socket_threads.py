# Sockets with threads: a ThreadingHTTPServer answering urllib.request, and an echo server thread (blocking socket waits release the GIL).
import threading, socket, http.server, urllib.request, socketserver
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("hello " + self.path).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
t = threading.Thread(target=srv.serve_forever, daemon=True); t.start()
port = srv.server_address[1]
for p in ("/a", "/b"):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{p}") as r:
        print(r.status, r.read().decode(), r.headers["Content-Length"])
srv.shutdown(); srv.server_close()
# echo server with threads
ls = socket.socket(); ls.bind(("127.0.0.1", 0)); ls.listen()
def echo():
    c, _ = ls.accept()
    with c:
        while data := c.recv(100):
            c.sendall(data.upper())
et = threading.Thread(target=echo); et.start()
cl = socket.create_connection(ls.getsockname())
cl.sendall(b"ping"); print(cl.recv(100)); cl.close(); et.join(); ls.close()
print("ok")
