using Containerize.Cli;

return CommandLine.Run(args, Console.OpenStandardOutput(), Console.Error);
