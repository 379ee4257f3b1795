f'{value!}'
