obj.if = 1
