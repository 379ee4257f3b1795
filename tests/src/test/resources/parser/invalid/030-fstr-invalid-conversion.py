f'{value!x}'
