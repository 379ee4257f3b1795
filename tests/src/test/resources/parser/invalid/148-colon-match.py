match value
    case 1:
        pass
