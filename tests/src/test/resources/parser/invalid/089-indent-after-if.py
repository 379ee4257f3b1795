if ready:
start()
