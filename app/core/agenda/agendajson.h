#pragma once

#include "agenda/meeting.h"

#include <QJsonObject>

namespace gavel {

// The import as `gavel --print-agenda` prints it (schema in the importer issue):
// every key always present, null where the agenda does not say.
QJsonObject agendaToJson(const Meeting &meeting);

} // namespace gavel
