Console.WriteLine($"wasteful: running from {AppContext.BaseDirectory}");
