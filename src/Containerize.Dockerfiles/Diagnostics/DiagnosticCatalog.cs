using Containerize.Dockerfiles;
using static Containerize.Dockerfiles.DiagnosticSeverity;

namespace Containerize.Diagnostics;

/// <summary>
/// Every code Containerize.Sdk emits, in ID order: 0xxx Dockerfile syntax and directives, 1xxx Dockerfile rules,
/// 2xxx project and property input, 3xxx engine, registry and build, 4xxx built-image findings. IDs are never reused.
/// </summary>
/// <remarks>
/// <para>
/// <b>Adding a code is one line</b>, in ID order in its block:
/// <c>public static readonly DiagnosticDefinition Name = Add("CTZnnnn", Warning, "Short title, no period", "Message quoting '{0}'; what to do.");</c>
/// then use <c>DiagnosticCatalog.Name</c> where it is emitted (<c>.Id</c> for MSBuild's <c>Log.LogError(…, code, …)</c>,
/// <c>.Format(args)</c> for the message), and document it: a rule (1xxx) gets docs/rules/CTZnnnn.md, a README row in
/// "Dockerfile analyzers" and an AnalyzerReleases.Unshipped.md line; any other code gets a README row (syntax table for
/// 0xxx, "Build diagnostics" for 2xxx–4xxx). DiagnosticCatalogTests fails on a duplicated ID, a code no source file
/// emits, a missing page or row, and a message format that is only a placeholder.
/// </para>
/// <para>
/// Declaration order matters: <see cref="All"/> is filled by the field initializers in the order they are written, so it
/// needs no reflection and no second list (the analyzer reads this on a cold start; see docs/performance.md).
/// </para>
/// <para>
/// A format of exactly <c>"{0}"</c> means the emitting code still composes the whole message itself; those codes are listed
/// in DiagnosticCatalogTests.ComposedMessages and leave it when their call sites pass arguments.
/// </para>
/// </remarks>
public static class DiagnosticCatalog
{
    private static readonly List<DiagnosticDefinition> Entries = new(128);

    // 0xxx: Dockerfile syntax and in-file directives (src/Containerize.Dockerfiles, src/Containerize.Linting/Suppressions.cs).
    public static readonly DiagnosticDefinition NoInstructions = Add("CTZ0001", Error, "Dockerfile has no instructions", "The Dockerfile has no instructions: BuildKit refuses it. Add at least 'FROM image'.");
    public static readonly DiagnosticDefinition UnterminatedHeredoc = Add("CTZ0002", Error, "Heredoc is not terminated", "The heredoc '{0}' is never terminated: add a line containing only '{0}' after its body.");
    public static readonly DiagnosticDefinition JsonNotStringArray = Add("CTZ0003", Error, "JSON array has non-string elements", "The JSON array '{0}' has elements that are not strings; BuildKit refuses it. Quote every element: [\"executable\", \"arg\"].");
    public static readonly DiagnosticDefinition MissingArgument = Add("CTZ0004", Error, "Instruction is missing an argument", "{0}: the build fails here. Write '{1}'.");
    public static readonly DiagnosticDefinition MissingEquals = Add("CTZ0005", Error, "Key-value argument has no '='", "Syntax error - can't find = in {0}. Must be of the form: name=value (quote values that contain spaces).");
    public static readonly DiagnosticDefinition InvalidEscapeDirective = Add("CTZ0006", Error, "Escape directive has an invalid value", "Invalid escape token '{0}': the escape directive takes '\\' or '`'.");
    public static readonly DiagnosticDefinition DuplicateDirective = Add("CTZ0007", Error, "Parser directive is repeated", "Only one '{0}' parser directive can be used; this one repeats it with '{1}'. Delete one of them.");
    public static readonly DiagnosticDefinition LineTooLong = Add("CTZ0008", Error, "Line is longer than BuildKit accepts", "Line {0} is longer than {1} bytes, the most BuildKit reads. Split it with line continuations or move the data into a file that COPY adds.");
    public static readonly DiagnosticDefinition EmptyContinuationLine = Add("CTZ0009", Warning, "Empty line inside a continued instruction", "Empty line inside a continued instruction: BuildKit warns and will make this an error (BuildKit NoEmptyContinuation). Remove the empty line or end the instruction before it.");
    public static readonly DiagnosticDefinition UnknownInstruction = Add("CTZ0010", Warning, "Unknown instruction", "Unknown instruction '{0}': the build will fail here. Use one of FROM, RUN, CMD, LABEL, EXPOSE, ENV, ADD, COPY, ENTRYPOINT, VOLUME, USER, WORKDIR, ARG, ONBUILD, STOPSIGNAL, HEALTHCHECK, SHELL, or check the spelling and the line continuation of the previous line.");
    public static readonly DiagnosticDefinition InvalidHeredoc = Add("CTZ0011", Error, "Heredoc word cannot be read", "The heredoc in this instruction cannot be read: {0}. Check the quoting of the '<<' word.");
    public static readonly DiagnosticDefinition UnknownFlag = Add("CTZ0012", Warning, "Flag is not known for this instruction", "Unknown flag '{0}' on {1}: the build will fail here ({2}). Remove it or fix its name.");
    public static readonly DiagnosticDefinition InvalidPragma = Add("CTZ0013", Warning, "Suppression comment cannot be read", "The comment '{0}' looks like a suppression but is not one: {1}. Nothing is suppressed by it.");
    public static readonly DiagnosticDefinition AnalysisFailed = Add("CTZ0014", Warning, "The Dockerfile could not be analyzed", "{0} could not analyze this Dockerfile ({1}). Please report the file to Containerize.Sdk.");
    public static readonly DiagnosticDefinition InvalidCheckDirective = Add("CTZ0015", Warning, "The check directive cannot be read", "The '# check=' directive has '{0}', which it does not understand: {1}. That part is ignored.");

    // 1xxx: Dockerfile rules (src/Containerize.Linting/Rules, one file and one docs/rules page each).
    public static readonly DiagnosticDefinition ChiseledVariantExists = Add("CTZ1101", Info, "Use the chiseled variant of the .NET runtime image", "{0}");
    public static readonly DiagnosticDefinition UntaggedBaseImage = Add("CTZ1102", Warning, "Pin the base image tag", "{0}");
    public static readonly DiagnosticDefinition BrokenStageReference = Add("CTZ1103", Warning, "Stage reference does not resolve", "Stage reference '{0}' does not work as written: {1}.");
    public static readonly DiagnosticDefinition RepeatedCmdOrRelativeWorkdir = Add("CTZ1104", Warning, "CMD or ENTRYPOINT repeated, or WORKDIR relative", "{0} {1}: {2}. Keep one CMD, ENTRYPOINT and HEALTHCHECK per stage, and give WORKDIR absolute paths.");
    public static readonly DiagnosticDefinition EndOfSupportDotnet = Add("CTZ1105", Warning, "The image ships a .NET version that is out of support", "{0} '{1}': .NET {2} reached its end of support on {3} and gets no security fixes. {4}");
    public static readonly DiagnosticDefinition UndefinedVariable = Add("CTZ1120", Warning, "Variable is not defined", "'${0}' is not defined by an ARG or ENV before this line{1}, so it expands to an empty string. Declare it (ARG {0} or ENV {0}=…) before it is used, or fix the name.");
    public static readonly DiagnosticDefinition GlobalArgNotRedeclared = Add("CTZ1121", Warning, "Global ARG used in a stage that does not declare it", "'${0}' is a global ARG (line {1}), but this stage never declares it, so here it is empty: global ARGs reach FROM lines only. Add 'ARG {0}' (without a value, it keeps the global default) at the start of the stage.");
    public static readonly DiagnosticDefinition ConstantPlatform = Add("CTZ1122", Info, "FROM --platform is a constant", "FROM --platform={0} pins this stage to one platform, so a multi-platform build gets {0} here for every target. Use --platform=$BUILDPLATFORM for a stage that only builds, leave the flag out, or name the stage after the platform if the pin is deliberate.");
    public static readonly DiagnosticDefinition BaseImagePlatformMismatch = Add("CTZ1123", Warning, "Base image does not exist for the platform", "FROM --platform={0} asks for a {1} image, but '{2}' is a {3} image: the pull fails or the stage does not run. Use a {1} tag of the image or fix the platform.");
    public static readonly DiagnosticDefinition PackageManagerCache = Add("CTZ1201", Warning, "Package manager cache left in the layer", "{0}");
    public static readonly DiagnosticDefinition ConsecutiveRuns = Add("CTZ1202", Info, "Consecutive RUN instructions could be one layer", "{0}");
    public static readonly DiagnosticDefinition DeletedInLaterLayer = Add("CTZ1203", Warning, "Deleting in a later layer does not shrink the image", "{0}");
    public static readonly DiagnosticDefinition RecursiveChownAfterCopy = Add("CTZ1204", Warning, "Recursive chown/chmod duplicates a copied layer", "{0}");
    public static readonly DiagnosticDefinition HeavyBuildContext = Add("CTZ1205", Warning, "Build outputs and VCS data copied from the context", "{0} {1} adds {2} of the build context, including {3}. Exclude them in .dockerignore ({4}).");
    public static readonly DiagnosticDefinition AddWhereCopyWouldDo = Add("CTZ1206", Warning, "Download and extract in one RUN", "ADD downloads '{0}' into a layer of its own; extracting it later stores it twice. Download, extract and delete in one RUN (curl … | tar -x), or at least pin it with ADD --checksum.");
    public static readonly DiagnosticDefinition FinalStageShipsBuildTools = Add("CTZ1207", Warning, "The final image ships build tools", "{0}");
    public static readonly DiagnosticDefinition FinalStageCopiesBuildTree = Add("CTZ1208", Warning, "Copy the publish output, not the build tree", "{0}");
    public static readonly DiagnosticDefinition CopyAllBeforeRestore = Add("CTZ1209", Warning, "Copy project files and restore before copying the sources", "{0}");
    public static readonly DiagnosticDefinition DevPackagesInFinalImage = Add("CTZ1210", Warning, "Development packages installed in the final image", "This RUN installs development packages in the final image ({0}). {1}");
    public static readonly DiagnosticDefinition BuildThenPublish = Add("CTZ1211", Warning, "The app is built twice", "'dotnet build' (line {0}) {1}. {2}");
    public static readonly DiagnosticDefinition HostBuildOutput = Add("CTZ1212", Info, "The image packages output built outside Docker", "'{0}' is build output made outside this Dockerfile: the image depends on the SDK and settings of whatever machine built it. Build in a stage of this Dockerfile ('RUN dotnet publish …') and COPY --from that stage, or record how the output is made.");
    public static readonly DiagnosticDefinition CopyIgnoredFile = Add("CTZ1230", Warning, "COPY of a path .dockerignore excludes", "{0} '{1}': .dockerignore excludes this path from the build context, so the build fails with 'not found' or copies less than intended. Narrow the .dockerignore pattern, or stop copying the path.");
    public static readonly DiagnosticDefinition ContextEscape = Add("CTZ1231", Info, "COPY source outside the build context", "'{0}' points outside the build context, which {1} cannot read: it is read as '{2}' inside the context. Build from the parent folder (docker build -f <this file> <parent>) and copy from there, or move the files into the context.");
    public static readonly DiagnosticDefinition RunsAsRoot = Add("CTZ1301", Warning, "The container runs as root", "{0}");
    public static readonly DiagnosticDefinition SecretInArgOrEnv = Add("CTZ1302", Warning, "Secret passed as ARG or ENV", "{0} '{1}' looks like a secret: {2}.");
    public static readonly DiagnosticDefinition ShellFormInDistroless = Add("CTZ1303", Error, "No shell in a distroless image", "{0} needs /bin/sh, which '{1}' does not have: {2}.");
    public static readonly DiagnosticDefinition PipeToShellOrSudo = Add("CTZ1304", Warning, "Download piped to a shell, or sudo", "RUN uses '{0}': {1}.");
    public static readonly DiagnosticDefinition CopyIntoRoot = Add("CTZ1305", Warning, "Files copied into the file-system root", "'{0}' copies into the file-system root: {1}. Set 'WORKDIR /app' first (or copy to /app).");
    public static readonly DiagnosticDefinition HeredocWithoutErrexit = Add("CTZ1306", Warning, "Heredoc RUN without set -e", "This heredoc RUN runs {0} commands without 'set -e': a command that fails does not stop the script, and only the last one's exit status decides the build. Start the script with 'set -eux' (or join the commands with &&).");
    public static readonly DiagnosticDefinition DevelopmentEnvironment = Add("CTZ1307", Warning, "The image runs in the Development environment", "{0}={1} is baked into the image: every container shows developer error pages and reads development settings. Leave it unset (Production is the default) and set it at run time (docker run -e {0}=Development) where you develop.");
    public static readonly DiagnosticDefinition ExposeFormat = Add("CTZ1320", Warning, "EXPOSE with a host address or port", "EXPOSE '{0}' includes {1}; EXPOSE declares container ports only, and BuildKit will refuse this form. Write 'EXPOSE {2}' and publish the port when running (docker run -p {0}).");
    public static readonly DiagnosticDefinition ShellFormCommand = Add("CTZ1321", Info, "Use the exec form for CMD and ENTRYPOINT", "{0} in shell form runs as '/bin/sh -c {1}': the shell, not the app, is PID 1 and may not pass SIGTERM on, so the app can be killed without a graceful shutdown. {2}.");
    public static readonly DiagnosticDefinition RuntimeVersionMismatch = Add("CTZ1401", Warning, "Image .NET version differs from the project", "{0}");
    public static readonly DiagnosticDefinition MissingIcu = Add("CTZ1402", Warning, "The project needs ICU but the image has none", "{0}");
    public static readonly DiagnosticDefinition EntrypointNotThisAssembly = Add("CTZ1403", Warning, "Entrypoint does not run this project", "{0}");
    public static readonly DiagnosticDefinition RuntimeFlavorMismatch = Add("CTZ1404", Warning, "Runtime image does not fit how the project publishes", "{0}");
    public static readonly DiagnosticDefinition ExposeMismatch = Add("CTZ1405", Info, "EXPOSE does not match the port the app listens on", "{0}");

    public static readonly DiagnosticDefinition KeywordCasing = Add("CTZ1501", Info, "Instruction keyword casing is inconsistent", "The keyword '{0}' does not match {1}: write '{2}'.");
    public static readonly DiagnosticDefinition StageNameCasing = Add("CTZ1502", Info, "Stage name is not lowercase", "Stage name '{0}' is not lowercase; stage names are matched case-insensitively, so write 'AS {1}'.");
    public static readonly DiagnosticDefinition DeprecatedSyntax = Add("CTZ1503", Info, "Deprecated instruction syntax", "{0} is deprecated syntax: write {1}.");
    public static readonly DiagnosticDefinition RedundantTargetPlatform = Add("CTZ1504", Info, "FROM --platform=$TARGETPLATFORM is redundant", "FROM --platform={0} is what a stage gets anyway: stages are built for the target platform by default. Remove the flag.");
    public static readonly DiagnosticDefinition ExposeProtocolCasing = Add("CTZ1505", Info, "EXPOSE protocol is not lowercase", "EXPOSE '{0}': write the protocol in lowercase, '{1}'.");
    public static readonly DiagnosticDefinition DefinitionDescription = Add("CTZ1506", Info, "Description comment does not name what it describes", "The comment above this {0} does not start with the name it describes: write '# {1} <description>', or leave an empty line between them if it is not a description.");
    public static readonly DiagnosticDefinition LocalAdd = Add("CTZ1507", Info, "Use COPY for local files", "ADD of the local file '{0}' only copies it: use COPY, which does exactly that (ADD would also extract archives and fetch URLs).");

    // 2xxx: project and property input (src/Containerize.Generation, src/Containerize.Tasks).
    public static readonly DiagnosticDefinition UnknownTargetFramework = Add("CTZ2001", Error, "Target framework has no .NET container images", "{0}");
    public static readonly DiagnosticDefinition MultiTargetingWithoutChoice = Add("CTZ2002", Error, "No framework of a multi-targeted project has .NET container images", "{0}");
    public static readonly DiagnosticDefinition ConflictingBaseImage = Add("CTZ2003", Error, "ContainerizeBaseImage and ContainerBaseImage disagree", "{0}");
    public static readonly DiagnosticDefinition UserOwnedDockerfile = Add("CTZ2004", Info, "The Dockerfile is yours and is not overwritten", "{0}");
    public static readonly DiagnosticDefinition InvalidPort = Add("CTZ2005", Error, "ContainerPort is not a port", "{0}");
    public static readonly DiagnosticDefinition UnsupportedRuntimeIdentifier = Add("CTZ2006", Error, "RuntimeIdentifier does not run in a Linux container", "{0}");
    public static readonly DiagnosticDefinition ContextDoesNotContainProject = Add("CTZ2007", Error, "The build context does not contain the project", "{0}");
    // CTZ2008 (a referenced folder outside the context) is retired: CTZ2010 names every needed file outside it. Never reuse it.
    public static readonly DiagnosticDefinition MissingContextDirectory = Add("CTZ2009", Warning, "The build context folder does not exist", "The build context '{0}' does not exist; {1}. Check {2}.");
    public static readonly DiagnosticDefinition NeededFileOutsideContext = Add("CTZ2010", Error, "A file the build needs is outside the build context", "{0}");
    public static readonly DiagnosticDefinition ImportsNotEvaluated = Add("CTZ2011", Warning, "A project could not be evaluated to list its imports", "{0}");
    public static readonly DiagnosticDefinition TargetFrameworkChosen = Add("CTZ2012", Info, "The framework a multi-targeted project containerizes", "{0}");
    public static readonly DiagnosticDefinition InvalidEnvironmentVariableName = Add("CTZ2013", Error, "ContainerEnvironmentVariable name is not a variable name", "{0}");
    public static readonly DiagnosticDefinition UnknownProjectFact = Add("CTZ2014", Warning, "A project fact the tasks do not know", "{0}");
    public static readonly DiagnosticDefinition InvalidBuilder = Add("CTZ2030", Error, "ContainerizeBuilder is not auto, buildkit or classic", "{0}");
    public static readonly DiagnosticDefinition WholeDockerfileBuilt = Add("CTZ2040", Info, "The whole Dockerfile is built, not the final stage from this publish", "{0}");
    public static readonly DiagnosticDefinition InvalidInnerLoop = Add("CTZ2041", Error, "ContainerizeInnerLoop is neither true nor false", "{0}");

    // 3xxx: engine, registry and build (src/Containerize.Imaging, src/Containerize.Tasks).
    public static readonly DiagnosticDefinition NoEngine = Add("CTZ3001", Error, "No Docker engine answers", "{0}");
    public static readonly DiagnosticDefinition RunFailed = Add("CTZ3002", Error, "A RUN instruction failed", "{0}");
    public static readonly DiagnosticDefinition BaseImageMissing = Add("CTZ3003", Error, "The base image cannot be found or pulled", "{0}");
    public static readonly DiagnosticDefinition BuildFailed = Add("CTZ3004", Error, "The image build failed", "{0}");
    public static readonly DiagnosticDefinition Timeout = Add("CTZ3005", Error, "The image build timed out", "{0}");
    public static readonly DiagnosticDefinition Cancelled = Add("CTZ3006", Error, "The image build was cancelled", "{0}");
    public static readonly DiagnosticDefinition PushFailed = Add("CTZ3007", Error, "Pushing the image failed", "{0}");
    public static readonly DiagnosticDefinition AuthenticationFailed = Add("CTZ3008", Error, "Registry authentication failed", "{0}");
    public static readonly DiagnosticDefinition EngineLost = Add("CTZ3009", Error, "The engine stopped during the build", "{0}");
    public static readonly DiagnosticDefinition TlsSetup = Add("CTZ3010", Error, "TLS client certificates cannot be loaded", "{0}");
    public static readonly DiagnosticDefinition BuilderUnavailable = Add("CTZ3011", Error, "The engine does not offer BuildKit", "{0}");
    public static readonly DiagnosticDefinition SessionFailed = Add("CTZ3012", Error, "The BuildKit session did not start", "{0}");
    public static readonly DiagnosticDefinition NuGetCredentialsMissing = Add("CTZ3013", Error, "A package source refused the container's restore", "{0}");
    public static readonly DiagnosticDefinition PodmanBaseImageMissing = Add("CTZ3030", Error, "Podman cannot find or pull the base image", "{0}");
    public static readonly DiagnosticDefinition PlainHttpRegistry = Add("CTZ3031", Error, "The base image's registry speaks plain HTTP", "{0}");

    // 4xxx: built-image findings (src/Containerize.Imaging, reported by src/Containerize.Tasks).
    public static readonly DiagnosticDefinition LayerTooLarge = Add("CTZ4001", Warning, "A layer is larger than ContainerizeMaxLayerSize", "{0}");
    public static readonly DiagnosticDefinition WastedBytes = Add("CTZ4002", Warning, "A layer wastes space", "{0}");
    public static readonly DiagnosticDefinition LowEfficiency = Add("CTZ4003", Warning, "Image efficiency is low", "{0}");
    public static readonly DiagnosticDefinition ImageTooLarge = Add("CTZ4004", Warning, "The image is larger than ContainerizeMaxImageSize", "{0}");

    /// <summary>Every code, in the order declared above (ID order).</summary>
    public static IReadOnlyList<DiagnosticDefinition> All => Entries;

    /// <summary>The definition of <paramref name="id"/>, or null; a loop, not a dictionary (a handful of lookups per run).</summary>
    public static DiagnosticDefinition? Find(string id)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    private static DiagnosticDefinition Add(string id, DiagnosticSeverity severity, string title, string messageFormat)
    {
        var entry = new DiagnosticDefinition(id, severity, title, messageFormat);
        Entries.Add(entry);
        return entry;
    }
}
