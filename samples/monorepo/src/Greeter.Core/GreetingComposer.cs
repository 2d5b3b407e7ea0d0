using Monorepo.Shared;

namespace Monorepo.Core;

public sealed class GreetingComposer
{
    private readonly string _salutation;

    public GreetingComposer(string salutation)
    {
        _salutation = salutation.Trim();
    }

    /// <summary>The version of the library, from the shared build information.</summary>
    public static string CoreVersion => BuildInfo.Version;

    public string Compose(string name)
    {
        var who = string.IsNullOrWhiteSpace(name) ? "stranger" : name.Trim();
        return $"{_salutation}, {who}!";
    }
}
