# sys.exit with an int status
import sys
print("exiting")
sys.exit(3)
