using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace ZeroWork.Admin.Security;

/// <summary>Puts this assembly's Razor Pages under <c>/admin</c>, leaving other pages in the process alone.</summary>
internal sealed class AdminRoutePrefix : IPageRouteModelConvention
{
    private static readonly AttributeRouteModel Prefix = new(new RouteAttribute("admin"));

    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            selector.AttributeRouteModel = AttributeRouteModel.CombineAttributeRouteModel(Prefix, selector.AttributeRouteModel);
        }
    }
}
