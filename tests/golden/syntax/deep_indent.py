# Ninety levels of nested if/else, loops, try and with, at irregular indentation
# widths (the tokenizers allow fewer than 100 levels).


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


depth = 0
if depth < 0:
 pass
else:
 depth += 1
 if depth >= 0:
     depth += 1
     if depth < 0:
        pass
     else:
        depth += 1
        if depth >= 0:
          depth += 1
          if depth < 0:
           pass
          else:
           depth += 1
           if depth >= 0:
               depth += 1
               if depth < 0:
                  pass
               else:
                  depth += 1
                  if depth >= 0:
                    depth += 1
                    if depth < 0:
                     pass
                    else:
                     depth += 1
                     if depth >= 0:
                         depth += 1
                         if depth < 0:
                            pass
                         else:
                            depth += 1
                            for _i in range(1):
                              depth += 1
                              if depth < 0:
                               pass
                              else:
                               depth += 1
                               if depth >= 0:
                                   depth += 1
                                   if depth < 0:
                                      pass
                                   else:
                                      depth += 1
                                      if depth >= 0:
                                        depth += 1
                                        if depth < 0:
                                         pass
                                        else:
                                         depth += 1
                                         while depth >= 0:
                                             depth += 1
                                             if depth < 0:
                                                pass
                                             else:
                                                depth += 1
                                                if depth >= 0:
                                                  depth += 1
                                                  if depth < 0:
                                                   pass
                                                  else:
                                                   depth += 1
                                                   if depth >= 0:
                                                       depth += 1
                                                       if depth < 0:
                                                          pass
                                                       else:
                                                          depth += 1
                                                          try:
                                                            depth += 1
                                                            if depth < 0:
                                                             pass
                                                            else:
                                                             depth += 1
                                                             if depth >= 0:
                                                                 depth += 1
                                                                 if depth < 0:
                                                                    pass
                                                                 else:
                                                                    depth += 1
                                                                    if depth >= 0:
                                                                      depth += 1
                                                                      if depth < 0:
                                                                       pass
                                                                      else:
                                                                       depth += 1
                                                                       with Guard():
                                                                           depth += 1
                                                                           if depth < 0:
                                                                              pass
                                                                           else:
                                                                              depth += 1
                                                                              if depth >= 0:
                                                                                depth += 1
                                                                                if depth < 0:
                                                                                 pass
                                                                                else:
                                                                                 depth += 1
                                                                                 if depth >= 0:
                                                                                     depth += 1
                                                                                     if depth < 0:
                                                                                        pass
                                                                                     else:
                                                                                        depth += 1
                                                                                        if depth >= 0:
                                                                                          depth += 1
                                                                                          if depth < 0:
                                                                                           pass
                                                                                          else:
                                                                                           depth += 1
                                                                                           if depth >= 0:
                                                                                               depth += 1
                                                                                               if depth < 0:
                                                                                                  pass
                                                                                               else:
                                                                                                  depth += 1
                                                                                                  if depth >= 0:
                                                                                                    depth += 1
                                                                                                    if depth < 0:
                                                                                                     pass
                                                                                                    else:
                                                                                                     depth += 1
                                                                                                     for _i in range(1):
                                                                                                         depth += 1
                                                                                                         if depth < 0:
                                                                                                            pass
                                                                                                         else:
                                                                                                            depth += 1
                                                                                                            if depth >= 0:
                                                                                                              depth += 1
                                                                                                              if depth < 0:
                                                                                                               pass
                                                                                                              else:
                                                                                                               depth += 1
                                                                                                               if depth >= 0:
                                                                                                                   depth += 1
                                                                                                                   if depth < 0:
                                                                                                                      pass
                                                                                                                   else:
                                                                                                                      depth += 1
                                                                                                                      while depth >= 0:
                                                                                                                        depth += 1
                                                                                                                        if depth < 0:
                                                                                                                         pass
                                                                                                                        else:
                                                                                                                         depth += 1
                                                                                                                         if depth >= 0:
                                                                                                                             depth += 1
                                                                                                                             if depth < 0:
                                                                                                                                pass
                                                                                                                             else:
                                                                                                                                depth += 1
                                                                                                                                if depth >= 0:
                                                                                                                                  depth += 1
                                                                                                                                  if depth < 0:
                                                                                                                                   pass
                                                                                                                                  else:
                                                                                                                                   depth += 1
                                                                                                                                   try:
                                                                                                                                       depth += 1
                                                                                                                                       if depth < 0:
                                                                                                                                          pass
                                                                                                                                       else:
                                                                                                                                          depth += 1
                                                                                                                                          if depth >= 0:
                                                                                                                                            depth += 1
                                                                                                                                            if depth < 0:
                                                                                                                                             pass
                                                                                                                                            else:
                                                                                                                                             depth += 1
                                                                                                                                             if depth >= 0:
                                                                                                                                                 depth += 1
                                                                                                                                                 if depth < 0:
                                                                                                                                                    pass
                                                                                                                                                 else:
                                                                                                                                                    depth += 1
                                                                                                                                                    with Guard():
                                                                                                                                                      depth += 1
                                                                                                                                                      if depth < 0:
                                                                                                                                                       pass
                                                                                                                                                      else:
                                                                                                                                                       depth += 1
                                                                                                                                                       if depth >= 0:
                                                                                                                                                           depth += 1
                                                                                                                                                           if depth < 0:
                                                                                                                                                              pass
                                                                                                                                                           else:
                                                                                                                                                              depth += 1
                                                                                                                                                              if depth >= 0:
                                                                                                                                                                depth += 1
                                                                                                                                                                if depth < 0:
                                                                                                                                                                 pass
                                                                                                                                                                else:
                                                                                                                                                                 depth += 1
                                                                                                                                                                 if depth >= 0:
                                                                                                                                                                     depth += 1
                                                                                                                                                                     if depth < 0:
                                                                                                                                                                        pass
                                                                                                                                                                     else:
                                                                                                                                                                        depth += 1
                                                                                                                                                                        if depth >= 0:
                                                                                                                                                                          depth += 1
                                                                                                                                                                          if depth < 0:
                                                                                                                                                                           pass
                                                                                                                                                                          else:
                                                                                                                                                                           depth += 1
                                                                                                                                                                           if depth >= 0:
                                                                                                                                                                               depth += 1
                                                                                                                                                                               if depth < 0:
                                                                                                                                                                                  pass
                                                                                                                                                                               else:
                                                                                                                                                                                  depth += 1
                                                                                                                                                                                  for _i in range(1):
                                                                                                                                                                                    depth += 1
                                                                                                                                                                                    if depth < 0:
                                                                                                                                                                                     pass
                                                                                                                                                                                    else:
                                                                                                                                                                                     depth += 1
                                                                                                                                                                                     if depth >= 0:
                                                                                                                                                                                         depth += 1
                                                                                                                                                                                         if depth < 0:
                                                                                                                                                                                            pass
                                                                                                                                                                                         else:
                                                                                                                                                                                            depth += 1
                                                                                                                                                                                            if depth >= 0:
                                                                                                                                                                                              depth += 1
                                                                                                                                                                                              if depth < 0:
                                                                                                                                                                                               pass
                                                                                                                                                                                              else:
                                                                                                                                                                                               depth += 1
                                                                                                                                                                                               while depth >= 0:
                                                                                                                                                                                                   depth += 1
                                                                                                                                                                                                   if depth < 0:
                                                                                                                                                                                                      pass
                                                                                                                                                                                                   else:
                                                                                                                                                                                                      depth += 1
                                                                                                                                                                                                      if depth >= 0:
                                                                                                                                                                                                        depth += 1
                                                                                                                                                                                                        if depth < 0:
                                                                                                                                                                                                         pass
                                                                                                                                                                                                        else:
                                                                                                                                                                                                         depth += 1
                                                                                                                                                                                                         if depth >= 0:
                                                                                                                                                                                                             depth += 1
                                                                                                                                                                                                             if depth < 0:
                                                                                                                                                                                                                pass
                                                                                                                                                                                                             else:
                                                                                                                                                                                                                depth += 1
                                                                                                                                                                                                                try:
                                                                                                                                                                                                                  depth += 1
                                                                                                                                                                                                                  if depth < 0:
                                                                                                                                                                                                                   pass
                                                                                                                                                                                                                  else:
                                                                                                                                                                                                                   depth += 1
                                                                                                                                                                                                                   if depth >= 0:
                                                                                                                                                                                                                       depth += 1
                                                                                                                                                                                                                       if depth < 0:
                                                                                                                                                                                                                          pass
                                                                                                                                                                                                                       else:
                                                                                                                                                                                                                          depth += 1
                                                                                                                                                                                                                          if depth >= 0:
                                                                                                                                                                                                                            depth += 1
                                                                                                                                                                                                                            if depth < 0:
                                                                                                                                                                                                                             pass
                                                                                                                                                                                                                            else:
                                                                                                                                                                                                                             depth += 1
                                                                                                                                                                                                                             with Guard():
                                                                                                                                                                                                                                 depth += 1
                                                                                                                                                                                                                                 print('reached depth', depth)
                                                                                                                                                                                                                except ValueError:
                                                                                                                                                                                                                  pass
                                                                                                                                                                                                   break
                                                                                                                                   except ValueError:
                                                                                                                                     pass
                                                                                                                        break
                                                          except ValueError:
                                                            pass
                                             break
print('back at', depth)
