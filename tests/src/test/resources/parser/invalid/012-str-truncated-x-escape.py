s = 'value: \x4'
