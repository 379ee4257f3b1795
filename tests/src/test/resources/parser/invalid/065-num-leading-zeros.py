perm = 0755
