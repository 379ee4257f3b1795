f'{value!r x}'
