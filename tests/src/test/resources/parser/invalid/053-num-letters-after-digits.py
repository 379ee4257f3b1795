width = 12px
