namespace Containerize.Linting;

internal static class SetExtensions
{
    // netstandard2.0 has no Enumerable.ToHashSet.
    public static HashSet<string> ToSet(this IEnumerable<string> items) => new(items, StringComparer.Ordinal);
}
