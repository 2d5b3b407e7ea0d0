using Containerize.Linting.Rules;

namespace Containerize.Linting;

/// <summary>Every rule, in ID order: the one place rules are registered.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<LintRule> All { get; } = new LintRule[]
    {
        new ChiseledVariantExistsRule(),
        new UntaggedBaseImageRule(),
        new BrokenStageReferenceRule(),
        new RepeatedCmdOrRelativeWorkdirRule(),
        new EndOfSupportDotnetRule(),
        new UndefinedVariableRule(),
        new GlobalArgNotRedeclaredRule(),
        new ConstantPlatformRule(),
        new BaseImagePlatformMismatchRule(),
        new PackageManagerCacheRule(),
        new ConsecutiveRunsRule(),
        new DeletedInLaterLayerRule(),
        new RecursiveChownAfterCopyRule(),
        new HeavyBuildContextRule(),
        new AddWhereCopyWouldDoRule(),
        new FinalStageShipsBuildToolsRule(),
        new FinalStageCopiesBuildTreeRule(),
        new CopyAllBeforeRestoreRule(),
        new DevPackagesInFinalImageRule(),
        new BuildThenPublishRule(),
        new HostBuildOutputRule(),
        new CopyIgnoredFileRule(),
        new ContextEscapeRule(),
        new RunsAsRootRule(),
        new SecretInArgOrEnvRule(),
        new ShellFormInDistrolessRule(),
        new PipeToShellOrSudoRule(),
        new CopyIntoRootRule(),
        new HeredocWithoutErrexitRule(),
        new DevelopmentEnvironmentRule(),
        new ExposeFormatRule(),
        new ShellFormCommandRule(),
        new RuntimeVersionMismatchRule(),
        new MissingIcuRule(),
        new EntrypointNotThisAssemblyRule(),
        new RuntimeFlavorMismatchRule(),
        new ExposeMismatchRule(),
        new KeywordCasingRule(),
        new StageNameCasingRule(),
        new DeprecatedSyntaxRule(),
        new RedundantTargetPlatformRule(),
        new ExposeProtocolCasingRule(),
        new DefinitionDescriptionRule(),
        new LocalAddRule(),
    };

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = DescriptorsOf(All);

    public static RuleDescriptor? Find(string id)
    {
        foreach (var descriptor in Descriptors)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    // Loops rather than LINQ here and on the analyzer's first run: every generic instantiation is a type the
    // runtime loads in a cold compiler process (see docs/performance.md).
    private static RuleDescriptor[] DescriptorsOf(IReadOnlyList<LintRule> rules)
    {
        var descriptors = new RuleDescriptor[rules.Count];
        for (var i = 0; i < descriptors.Length; i++)
        {
            descriptors[i] = rules[i].Descriptor;
        }

        return descriptors;
    }
}
