f'{value!rr}'
