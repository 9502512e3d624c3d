using Inventory.Api.Hosting;
using JasperFx;

var builder = WebApplication.CreateBuilder(args);
builder.AddInventory();

var app = builder.Build();
app.UseInventory();

return await app.RunJasperFxCommands(args);

/// <summary>The host's entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
