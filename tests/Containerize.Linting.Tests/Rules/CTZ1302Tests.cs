using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1302: secrets in ARG or ENV. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1302Tests
{
    private const string Id = "CTZ1302";

    [TestMethod]
    [DataRow("FROM alpine\nARG [|NUGET_API_KEY|]\n")]
    [DataRow("FROM alpine\nENV [|DB_PASSWORD|]=hunter2\n")]
    [DataRow("ARG [|GITHUB_TOKEN|]\nFROM alpine\n")]
    [DataRow("FROM alpine\nENV [|password|]=bar [|secret|]=baz\n")]
    [DataRow("FROM alpine\nARG [|auth=x|]\n")]
    [DataRow("FROM alpine\nENV [|ConnectionStrings__Db|]=\"Server=db;User Id=sa;Password=Pa55\"\n")]
    [DataRow("FROM alpine\nARG [|AZURE_FUNCTION_MASTER_KEY|]\n")]
    [DataRow("FROM alpine AS build\nRUN dotnet dev-certs https\nFROM alpine\nCOPY --from=build [|/root/.dotnet/corefx/cryptography/x509stores/my/*|] /root/.dotnet/corefx/cryptography/x509stores/my/\n")]
    [DataRow("FROM alpine\nCOPY [|certs/api.pfx|] /https/\n")]
    [DataRow("FROM alpine\nCOPY [|deploy/id_rsa|] /root/.ssh/\n")]
    [DataRow("FROM alpine\nENV [|git_key|]=\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nENV ServerPassword=\"\"\n")]
    [DataRow("FROM alpine\nENV BearerToken=\n")]
    [DataRow("FROM alpine\nENV ServerApiKey=\"\" TentaclePollingProxyPassword=\"\"\n")]
    [DataRow("FROM alpine\nENV SECRET_FILE=\n")]
    [DataRow("FROM alpine\nARG public_token\n")]
    [DataRow("FROM alpine\nENV AzureWebJobsSecretStorageType=files\n")]
    [DataRow("FROM alpine\nENV EX_ConnectionStrings__Storage=provider=folder;path=/app/storage\n")]
    [DataRow("FROM alpine\nENV PASSWORD_FILE=/run/secrets/db\n")]
    [DataRow("FROM alpine\nENV KEY_VAULT_URI=https://example.vault.azure.net/\n")]
    [DataRow("FROM alpine\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n")]
    [DataRow("FROM alpine AS build\nCOPY certs/api.pfx /https/\nRUN sign /https/api.pfx\nFROM alpine\nCOPY --from=build /out /app\n")]
    [DataRow("FROM alpine\nCOPY certs/ca.pem /usr/local/share/ca-certificates/ca.crt\n")]
    [DataRow("FROM alpine\nCOPY keyboard.json /app/\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nENV DB_PASSWORD=hunter2\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("ENV 'DB_PASSWORD' looks like a secret: its value is stored in the image configuration for anyone who pulls it. Pass it at run time (docker run -e / a secret store) or use a BuildKit secret mount for build steps.", findings[0].Message);
    }

    [TestMethod]
    public void An_empty_placeholder_with_a_secret_word_is_info_and_says_nothing_is_stored() =>
        RuleAssert.Fires(Id, "FROM alpine\nENV [|git_key|]=\n", "ENV 'git_key' looks like a secret: it is empty, so nothing is stored yet", severity: DiagnosticSeverity.Info);
}
