import signal
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(15).name, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
got = []
old = signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
print(old, signal.getsignal(signal.SIGUSR1) is not None)
signal.raise_signal(signal.SIGUSR1); print(got)
print(signal.strsignal(signal.SIGTERM), signal.SIGKILL in signal.valid_signals())
try: signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt: print("KeyboardInterrupt")
try: signal.signal(999, signal.SIG_IGN)
except ValueError as e: print(e)
