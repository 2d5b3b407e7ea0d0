using Monorepo.Core;

namespace Monorepo.Core.Tests;

[TestClass]
public sealed class GreetingComposerTests
{
    [TestMethod]
    public void Names_the_caller()
    {
        Assert.AreEqual("Hello, Ada!", new GreetingComposer("Hello\n").Compose(" Ada "));
    }

    [TestMethod]
    public void An_empty_name_is_a_stranger()
    {
        Assert.AreEqual("Hi, stranger!", new GreetingComposer("Hi").Compose(""));
    }
}
