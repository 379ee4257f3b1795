"""Records CPython's SyntaxError for every invalid program in this directory.

Run with CPython 3.12 (the version Taipan implements):

    python3.12 record_expected.py [--older python3.11]

writes expected.tsv: one line per program with the exception class, line, offset, end line,
end offset, the oldest CPython version giving the same error, and the message. With --older,
each program is also compiled by that (older) interpreter; programs whose error differs there
are marked "3.12" so that the live check run with an older python3 skips them.

A file named NNN-eval-*.py or NNN-single-*.py is compiled in that mode, others as "exec".
Programs are read as UTF-8 without newline translation, as the Taipan test reads them.
"""
import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

PROBE = r'''
import ast, sys
for line in sys.stdin.read().splitlines():
    path, mode = line.split('\t')
    with open(path, encoding='utf-8', newline='') as fh:
        src = fh.read()
    try:
        compile(src, path, mode, ast.PyCF_ONLY_AST)
        print('VALID')
    except SyntaxError as e:
        print('\t'.join(str(x) for x in (type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)))
'''


def mode_of(name):
    parts = name.split('-')
    if len(parts) > 1 and parts[1] in ('eval', 'single'):
        return parts[1]
    return 'exec'


def probe(python, files):
    inp = ''.join(f'{os.path.join(HERE, f)}\t{mode_of(f)}\n' for f in files)
    out = subprocess.run([python, '-c', PROBE], input=inp, capture_output=True, text=True, check=True).stdout
    return out.splitlines()


def main():
    older = None
    if len(sys.argv) == 3 and sys.argv[1] == '--older':
        older = sys.argv[2]
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.py') and f[:3].isdigit())
    current = probe(sys.executable, files)
    previous = probe(older, files) if older else None
    with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write('# file\tmode\tclass\tline\toffset\tend_line\tend_offset\tsince\tmessage\n')
        for i, f in enumerate(files):
            if current[i] == 'VALID':
                raise SystemExit(f'{f} is valid Python')
            kind, line, off, eline, eoff, msg = current[i].split('\t', 5)
            since = '3.11' if previous is None or previous[i] == current[i] else '3.12'
            out.write('\t'.join((f, mode_of(f), kind, line, off, eline, eoff, since, msg)) + '\n')
    print(f'recorded {len(files)} programs')


if __name__ == '__main__':
    main()
