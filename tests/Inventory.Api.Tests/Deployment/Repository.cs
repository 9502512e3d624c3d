namespace Inventory.Api.Tests.Deployment;

/// <summary>Files of the repository the tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = Harness.TestDatabase.RepositoryRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));
}
