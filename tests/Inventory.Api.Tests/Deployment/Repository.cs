namespace Inventory.Api.Tests.Deployment;

/// <summary>The repository the tests were built from, found by walking up to the solution file.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inventory.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("No Inventory.sln above " + AppContext.BaseDirectory);
    }
}
