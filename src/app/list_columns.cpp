#include "list_columns.hpp"

#include <wx/listctrl.h>

#include <algorithm>

namespace extramile::app {

void FitColumns(wxListCtrl& list) {
    for (int column = 0; column < list.GetColumnCount(); ++column) {
        list.SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
        const int header = list.GetColumnWidth(column);
        int widest = 0;
        for (long row = 0; row < list.GetItemCount(); ++row)
            widest = std::max(widest, list.GetTextExtent(list.GetItemText(row, column)).x);
        list.SetColumnWidth(column, std::max(header, widest + list.FromDIP(16)));
    }
}

} // namespace extramile::app
