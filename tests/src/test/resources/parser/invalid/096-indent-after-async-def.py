async def handler(event):
return event
