# A small particle simulation: classes, attributes, methods and a list of objects.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)


class Particle:
    def __init__(self, i):
        self.pos = Vector(i * 1.0, i * 2.0)
        self.vel = Vector(1.0 / (i + 1), -0.5)

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.y < 0:
            self.pos = Vector(self.pos.x, -self.pos.y)
            self.vel = Vector(self.vel.x, -self.vel.y)


def simulate(count, steps):
    particles = [Particle(i) for i in range(count)]
    for _ in range(steps):
        for p in particles:
            p.step(0.01)
    return sum(p.pos.x + p.pos.y for p in particles)


print(round(simulate(200, 20000), 6))
