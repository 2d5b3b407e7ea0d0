using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Containerize.Diagnostics;
using Containerize.Testing;

namespace Containerize.Linting.Tests;

/// <summary>The one diagnostics catalog: every code unique, emitted somewhere, documented, with a real message format.</summary>
[TestClass]
public sealed class DiagnosticCatalogTests
{
    /// <summary>
    /// Codes whose emitting code still composes the whole message (format <c>"{0}"</c>). A code leaves this list when its call
    /// sites pass arguments to a real format; the list never grows.
    /// </summary>
    private static readonly string[] ComposedMessages =
    {
        "CTZ1101", "CTZ1102", "CTZ1201", "CTZ1202", "CTZ1203", "CTZ1204", "CTZ1207", "CTZ1208", "CTZ1209", "CTZ1301",
        "CTZ1401", "CTZ1402", "CTZ1403", "CTZ1404", "CTZ1405",
        "CTZ2001", "CTZ2002", "CTZ2003", "CTZ2004", "CTZ2005", "CTZ2006", "CTZ2007",
        "CTZ2010", "CTZ2011", "CTZ2012", "CTZ2013", "CTZ2014", "CTZ2030", "CTZ2040", "CTZ2041",
        "CTZ3001", "CTZ3002", "CTZ3003", "CTZ3004", "CTZ3005", "CTZ3006", "CTZ3007", "CTZ3008", "CTZ3009", "CTZ3010", "CTZ3011", "CTZ3012", "CTZ3013", "CTZ3030", "CTZ3031",
        "CTZ4001", "CTZ4002", "CTZ4003", "CTZ4004",
    };

    /// <summary>The catalog's fields by name (reflection is fine in a test; the product never uses it).</summary>
    private static readonly Dictionary<string, DiagnosticDefinition> Fields = typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDefinition))
        .ToDictionary(f => f.Name, f => (DiagnosticDefinition)f.GetValue(null)!);

    public static IEnumerable<object[]> Codes => DiagnosticCatalog.All.Select(d => new object[] { d.Id });

    [TestMethod]
    public void Ids_are_unique_well_formed_and_in_order()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();
        Assert.HasCount(Fields.Count, ids, "every entry is a field of the catalog, and every field an entry");
        var duplicates = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.IsEmpty(duplicates, "duplicated IDs: " + string.Join(", ", duplicates));
        foreach (var id in ids)
        {
            Assert.IsTrue(Regex.IsMatch(id, "^CTZ[0-4][0-9]{3}$"), id + " is not CTZnnnn in 0xxx–4xxx");
        }

        CollectionAssert.AreEqual(ids.OrderBy(i => i, StringComparer.Ordinal).ToList(), ids, "the catalog is in ID order");
    }

    [TestMethod]
    [DynamicData(nameof(Codes))]
    public void Code_has_a_title_and_a_real_message_format(string id)
    {
        var entry = DiagnosticCatalog.Find(id)!;
        Assert.IsFalse(string.IsNullOrWhiteSpace(entry.Title), id);
        Assert.IsFalse(entry.Title.EndsWith('.'), id + ": titles have no final period");
        var placeholders = Regex.Matches(entry.MessageFormat, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max();
        var formatted = entry.Format(Enumerable.Range(0, placeholders + 1).Select(i => (object?)("arg" + i)).ToArray());
        Assert.DoesNotContain("{", formatted.Replace("[\"", string.Empty), id + ": the format has a placeholder its arguments do not fill");
        if (ComposedMessages.Contains(id))
        {
            Assert.AreEqual("{0}", entry.MessageFormat, id + " has a real format now: remove it from ComposedMessages");
        }
        else
        {
            Assert.AreNotEqual("{0}", entry.MessageFormat, id + ": give it a message format that quotes the value and says what to do");
            Assert.IsGreaterThan(10, Regex.Replace(entry.MessageFormat, @"\{\d+\}", string.Empty).Length, id + ": the format's fixed text should say what to do");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Codes))]
    public void Code_is_emitted(string id)
    {
        var name = Fields.Single(f => f.Value.Id == id).Key;
        var pattern = new Regex(@"DiagnosticCatalog\." + name + @"\b");
        // C# emits through the catalog; the SDK's targets emit a few input checks with MSBuild's own <Error Code="…">.
        var targets = new Regex("Code=\"" + id + "\"");
        var emitters = SourceFiles().Where(file => pattern.IsMatch(File.ReadAllText(file)))
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "sdk"), "*.targets", SearchOption.AllDirectories).Where(file => targets.IsMatch(File.ReadAllText(file))))
            .ToList();
        Assert.IsNotEmpty(emitters, $"{id} ({name}) is declared in the catalog but no source file emits it");
        if (id.StartsWith("CTZ1", StringComparison.Ordinal))
        {
            Assert.IsNotNull(RuleCatalog.Find(id), $"{id} has a catalog entry but no rule in RuleCatalog.All runs it");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Codes))]
    public void Code_is_documented(string id)
    {
        var entry = DiagnosticCatalog.Find(id)!;
        if (entry.Area == DiagnosticArea.Rule)
        {
            Assert.IsTrue(File.Exists(Path.Combine(TestPaths.RepoRoot, "docs", "rules", id + ".md")), $"{id} has no page docs/rules/{id}.md");
            StringAssert.EndsWith(entry.HelpLink, "docs/rules/" + id + ".md");
            return;
        }

        var rows = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "README.md")).Where(l => l.StartsWith('|'));
        Assert.IsTrue(rows.Any(r => Regex.IsMatch(r, @"^\|[^|]*\b" + id + @"\b")), $"{id} has no README table row ('| {id} | what |')");
    }

    [TestMethod]
    public void Every_rule_is_in_the_catalog()
    {
        foreach (var rule in RuleCatalog.Descriptors)
        {
            Assert.AreSame(DiagnosticCatalog.Find(rule.Id), rule.Definition, rule.Id);
        }
    }

    private static IEnumerable<string> SourceFiles()
    {
        var catalog = Path.Combine("Diagnostics", "DiagnosticCatalog.cs");
        return Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.EndsWith(catalog, StringComparison.Ordinal));
    }
}
