# subprocess on Taipan's fork_exec (a JDK ProcessBuilder joined to os.pipe() ends by pump
# threads): capture, input, shell, env, cwd, exit statuses, signals, exec and chdir failures.
import os
import subprocess

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(['printf', 'a\\nb\\n'], text=True).splitlines())
r = subprocess.run('echo out; echo err 1>&2; exit 3', shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(['cat'], input=b'x' * 200000 + b'end', capture_output=True)
print(len(r.stdout), r.stdout[-3:])
r = subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True, text=True)
print(r.stdout.strip())
os.environ['TAIPAN_SP_TEST'] = 'inherited'
print(subprocess.check_output('echo $TAIPAN_SP_TEST', shell=True, text=True).strip())
try:
    subprocess.run(['definitely-not-a-program-xyz'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
try:
    subprocess.run(['ls'], cwd='/nonexistent-dir-xyz')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e.returncode, e.cmd)
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.terminate()
print('terminated', p.wait())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print('killed', p.wait(), p.returncode)
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout.strip())
r = subprocess.run(['ls', '/nonexistent-xyz'], stderr=subprocess.STDOUT, stdout=subprocess.PIPE, text=True)
print(r.returncode != 0, 'No such file' in r.stdout)
r = subprocess.run(['echo', 'quiet'], stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
print(r.returncode, r.stdout)
path = '/tmp/taipan_subprocess_run.txt'
with open(path, 'w') as f:
    subprocess.run(['echo', 'to a file'], stdout=f)
with open(path) as f:
    print(f.read().strip())
os.remove(path)
p = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate('piped input')
print(out, err, p.returncode)
with subprocess.Popen(['sh', '-c', 'read line; echo got $line'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b'one line\n')
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)
try:
    subprocess.run(['sleep', '5'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('timeout', e.cmd)
print(subprocess.getoutput('echo getoutput; exit 2'), subprocess.getstatusoutput('exit 4'))
print(os.popen('echo popen').read())

r, w = os.pipe()
os.write(w, b'through a pipe')
w2 = os.dup(w)
os.close(w)
os.write(w2, b'!')
os.close(w2)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.close(r)
try:
    os.write(w, b'x')
except BrokenPipeError as e:
    print('BrokenPipeError', e.errno)
os.close(w)
print(os.WIFEXITED(3 << 8), os.WEXITSTATUS(3 << 8), os.WIFSIGNALED(15), os.WTERMSIG(15), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f))
print(os.waitstatus_to_exitcode(3 << 8), os.waitstatus_to_exitcode(15))
try:
    os.waitpid(999999, 0)
except ChildProcessError as e:
    print('ChildProcessError', e.errno)
