// Docker builds share two cores and one engine: one at a time.
[assembly: DoNotParallelize]
