f'{value! r}'
